app_name = "octo"

urlpatterns: list = []
