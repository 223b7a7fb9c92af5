package testutil

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// RealModuleProxy serves only realmods' modules, and skips (with the
// reason) when the module cache lacks them.
func TestRealModuleProxy(t *testing.T) {
	var skipped bool
	t.Run("empty cache", func(t *testing.T) {
		t.Setenv("GOMODCACHE", t.TempDir())
		defer func() { skipped = t.Skipped() }()
		RealModuleProxy(t)
	})
	if !skipped {
		t.Error("no skip with an empty module cache")
	}

	proxy := RealModuleProxy(t)
	dir := strings.TrimPrefix(proxy, "file://")
	b, err := os.ReadFile(filepath.Join(dir, "golang.org", "x", "sync", "@v", "list"))
	if err != nil || string(b) != "v0.16.0\n" {
		t.Errorf("golang.org/x/sync/@v/list = %q, %v", b, err)
	}
	for _, f := range []string{"gopkg.in/yaml.v3/@v/v3.0.1.zip", "gopkg.in/yaml.v3/@v/v3.0.1.info", "github.com/google/uuid/@v/v1.6.0.zip"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
	// check.v1 comes only from yaml.v3's go.mod, and is served too.
	if _, err := os.Stat(filepath.Join(dir, "gopkg.in", "check.v1", "@v", "v0.0.0-20161208181325-20d25e280405.mod")); err != nil {
		t.Error(err)
	}
}
