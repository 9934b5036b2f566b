import io

from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from chumchon.core.models import Photo


def test_a_place_photo_shows_with_its_caption_in_the_visitors_language(
    client, temple, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#B8860B").save(buffer, "JPEG")
    Photo.objects.create(
        content_type=ContentType.objects.get_for_model(temple),
        object_id=temple.pk,
        image=SimpleUploadedFile("temple.jpg", buffer.getvalue(), content_type="image/jpeg"),
        caption_en="The stupa at dawn",
        caption_th="พระธาตุยามเช้า",
        caption_lo="ພະທາດຍາມເຊົ້າ",
    )
    for lang, caption in (
        ("en", "The stupa at dawn"),
        ("th", "พระธาตุยามเช้า"),
        ("lo", "ພະທາດຍາມເຊົ້າ"),
    ):
        html = client.get(f"/{lang}/c/t-tha-li/places/temple/").content.decode()
        assert caption in html
        assert 'src="/photos/' in html and "/media/" not in html
