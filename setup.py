"""Only one thing that pyproject.toml cannot say: ship resources/ inside the package.

The app loads its translations and icons from ``resources/`` at the top of the
checkout, outside the ``shopkeeper`` package, so setuptools' package data cannot
reach them. A wheel (``pip install .``) gets a copy as ``shopkeeper/resources/``,
which ``shopkeeper.paths.resource_path`` finds; an editable install keeps using
the checkout's folder. Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

# What the app reads at run time; screenshots and the maintenance scripts stay out.
SHIPPED = ("translations", "icons")
LEFT_OUT = shutil.ignore_patterns("*.py", "*.ts", "__pycache__")


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib, "shopkeeper", "resources")
        for name in SHIPPED:
            shutil.copytree(
                Path("resources", name), target / name, ignore=LEFT_OUT, dirs_exist_ok=True
            )


setup(cmdclass={"build_py": BuildPyWithResources})
