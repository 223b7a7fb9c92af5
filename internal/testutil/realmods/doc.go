// Package realmods pins the real modules that the kernel's e2e tests import
// from cells (errgroup, semaphore, uuid and yaml.v3, which has a transitive
// requirement) so that `go mod download` in this directory puts them in the
// module cache; the tests serve them from there through a local module
// proxy (see testutil.RealModuleProxy), with no network.
package realmods

import (
	_ "github.com/google/uuid"
	_ "golang.org/x/sync/errgroup"
	_ "golang.org/x/sync/semaphore"
	_ "gopkg.in/yaml.v3"
)
