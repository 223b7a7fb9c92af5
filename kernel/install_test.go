package kernel

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// The user data directory as jupyter_core's jupyter_data_dir computes it.
func TestUserDataDir(t *testing.T) {
	home := func() (string, error) { return "/home/u", nil }
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	for _, tc := range []struct {
		goos string
		env  map[string]string
		want string
	}{
		{"linux", nil, "/home/u/.local/share/jupyter"},
		{"linux", map[string]string{"XDG_DATA_HOME": "/xdg"}, "/xdg/jupyter"},
		{"linux", map[string]string{"XDG_DATA_HOME": "/xdg", "JUPYTER_DATA_DIR": "/jd"}, "/jd"},
		{"darwin", map[string]string{"XDG_DATA_HOME": "/xdg"}, "/home/u/Library/Jupyter"},
		{"darwin", map[string]string{"JUPYTER_DATA_DIR": "/jd"}, "/jd"},
		{"freebsd", nil, "/home/u/.local/share/jupyter"},
	} {
		got, err := userDataDir(tc.goos, env(tc.env), home)
		if err != nil || got != filepath.FromSlash(tc.want) {
			t.Errorf("%s %v: %q, %v; want %q", tc.goos, tc.env, got, err, tc.want)
		}
	}
	if _, err := userDataDir("linux", env(nil), func() (string, error) { return "", errors.New("no home") }); err == nil {
		t.Error("no home directory: no error")
	}
}

// ipykernel's --name, --display-name and --env.
func TestInstallOptions(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		ok         bool
	}{{"", "gonotes", true}, {"Go-1.26", "go-1.26", true}, {"my go", "", false}, {"../x", "", false}} {
		got, err := InstallOptions{Name: tc.name}.SpecName()
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("SpecName(%q) = %q, %v", tc.name, got, err)
		}
	}
	prefix := t.TempDir()
	dir, err := KernelDir("prefix", prefix, "go-env")
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(prefix, "share", "jupyter", "kernels", "go-env"); dir != want {
		t.Errorf("KernelDir = %q, want %q", dir, want)
	}
	read := func(opts InstallOptions) map[string]any {
		t.Helper()
		if err := Install(dir, "gonotes", opts); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
		if err != nil {
			t.Fatal(err)
		}
		var spec map[string]any
		if err := json.Unmarshal(b, &spec); err != nil {
			t.Fatal(err)
		}
		return spec
	}
	spec := read(InstallOptions{Name: "go-env", DisplayName: "Go with env", Env: map[string]string{"A": "1", "B": "x=y"}})
	if spec["display_name"] != "Go with env" {
		t.Errorf("display_name = %v", spec["display_name"])
	}
	if env, _ := spec["env"].(map[string]any); env["A"] != "1" || env["B"] != "x=y" || len(env) != 2 {
		t.Errorf("env = %v", spec["env"])
	}
	// As ipykernel: a --name without --display-name shows the name.
	if spec := read(InstallOptions{Name: "go-env"}); spec["display_name"] != "go-env" || spec["env"] != nil {
		t.Errorf("name only: display_name %v, env %v", spec["display_name"], spec["env"])
	}
	if spec := read(InstallOptions{}); spec["display_name"] != DisplayName {
		t.Errorf("default display_name %v", spec["display_name"])
	}
}
