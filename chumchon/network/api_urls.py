app_name = "network_api"
urlpatterns = []
