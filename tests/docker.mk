# Host-side test of the Dockerfile and binder/ (issue 6); no Docker engine
# needed. Included by the Makefile, which defines PYTHON (Debian's python3,
# the one that runs Jupyter).
#
#   make docker-test    static checks of Dockerfile, .dockerignore and
#                       binder/; the Dockerfile's and postBuild's build and
#                       install steps replayed on the host; a notebook
#                       executed with each install (GONOTES_DOCKER_NOTEBOOK
#                       picks it); the image's CMD served and queried;
#                       jupyterhub-singleuser (needs Debian's jupyterhub on
#                       the host, else skipped) and the entrypoint's copy of
#                       the course into an empty home volume

.PHONY: docker-test

docker-test:
	$(PYTHON) tests/docker/docker_test.py
