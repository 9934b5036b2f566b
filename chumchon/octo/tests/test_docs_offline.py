import re

from django.contrib.staticfiles import finders


def test_the_docs_page_loads_everything_from_our_own_server(client, db):
    html = client.get("/octo/v1/docs/").content.decode()
    assets = re.findall(r'(?:src|href)="([^"#]+)"', html)
    assert assets, html[:500]
    for url in assets:
        assert url.startswith("/static/"), url
        assert finders.find(url.removeprefix("/static/")), url
