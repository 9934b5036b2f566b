
app_name = "routes_api"

urlpatterns: list = []
