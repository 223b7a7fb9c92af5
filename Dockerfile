# gonotes in a container: the course notebooks in Jupyter's classic notebook
# UI with the "Go (gonotes)" kernel.
#
#   docker build -t gonotes . && docker run --rm -p 8888:8888 gonotes
#
# then open the http://127.0.0.1:8888/?token=... address that the container
# prints. Jupyter makes a new token at every start; none is baked in.
#
# tests/docker/docker_test.py replays the build and install steps of this
# file on the host and checks its rules (make docker-test); RUN steps other
# than apt-get and useradd use paths relative to WORKDIR so that the replay
# runs them as written.

# Build: a static gonotes. The Go image is pinned to the exact release that
# go.mod and CI use.
FROM golang:1.26.8-bookworm AS build
WORKDIR /src
# All of the sources at once: go.mod replaces modules with folders of the
# repository (third_party/), so go.mod alone cannot download them.
COPY . .
RUN CGO_ENABLED=0 go build -buildvcs=false -trimpath -ldflags="-s -w" -o bin/gonotes . && ./bin/gonotes version
# gonotes-race: the interpreter with Go's race detector, for `%race on` and
# the "Go (gonotes, race detector)" kernel. The race runtime needs cgo (the
# Go image has gcc), so this binary links Debian 12's libc, which the
# runtime stage (Debian 12 too) has; the image has no Go toolchain to build
# it later.
RUN CGO_ENABLED=1 go build -buildvcs=false -trimpath -race -o bin/gonotes-race . && ./bin/gonotes-race version

# Run: Debian 12 (a dated, never-rebuilt tag) with Debian's own Jupyter, the
# same notebook 6.4 that the browser test drives, and Debian's JupyterHub 3.0
# for its jupyterhub-singleuser: the same image serves one user (the default
# command) or a hub's students (deploy/, README "Teaching a class").
FROM debian:bookworm-20260918-slim

# Debian's archive keeps one version of each package per release, so the
# dated base image is the pin; a package version pin would break at the next
# security update.
# ca-certificates: cells import third-party modules from proxy.golang.org
# over HTTPS (gonotes fetches them itself; the image has no Go toolchain).
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends jupyter-notebook jupyterhub tini fonts-nanum ca-certificates \
 && rm -rf /var/lib/apt/lists/*

COPY --from=build /src/bin/gonotes /usr/local/bin/gonotes
COPY --from=build /src/bin/gonotes-race /usr/local/bin/gonotes-race
# The entrypoint and a copy of the course outside the home: a hub mounts a
# volume over /home/jovyan, and gonotes-start copies the notebooks that the
# volume lacks into it (never overwriting a student's edits).
COPY deploy/image/gonotes-start /usr/local/bin/gonotes-start
COPY notebooks/*.ipynb notebooks/README.md /usr/local/share/gonotes/notebooks/

# The unprivileged user of the Jupyter images and of Binder.
RUN useradd --create-home --uid 1000 --user-group --shell /bin/bash jovyan

ENV LANG=C.UTF-8
USER jovyan
WORKDIR /home/jovyan
# The course: the notebooks and their README (not their sources and tests).
COPY --chown=jovyan:jovyan notebooks/*.ipynb notebooks/README.md notebooks/
RUN gonotes install --user

WORKDIR /home/jovyan/notebooks
EXPOSE 8888
ENTRYPOINT ["tini", "--", "gonotes-start"]
CMD ["jupyter", "notebook", "--ip=0.0.0.0", "--port=8888", "--no-browser"]
