"""The HTML pages: the brief page (one self-contained file, or a page of the web app) and the
web app's story list, upload form, job progress and error pages, all on one shell and one
stylesheet. Pure rendering from data: nothing here serves, fetches or stores."""

from newsfuse.rendering.page.assets import ASSETS
from newsfuse.rendering.page.brief import brief_page
from newsfuse.rendering.page.errors import error_page
from newsfuse.rendering.page.job import job_page
from newsfuse.rendering.page.stories import StoryCard, stories_page
from newsfuse.rendering.page.upload import upload_page

__all__ = [
    "ASSETS",
    "StoryCard",
    "brief_page",
    "error_page",
    "job_page",
    "stories_page",
    "upload_page",
]
