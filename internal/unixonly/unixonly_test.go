package unixonly

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// A build of gonotes for Windows fails with this package's one message,
// not with the undefined names of the packages that need Unix.
func TestWindowsBuildSaysUnixOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-compiles gonotes")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	cmd := exec.Command(goCmd, "build", "-o", os.DevNull, "github.com/gonotes/gonotes")
	cmd.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatal("gonotes builds for Windows")
	}
	if !strings.Contains(string(out), `"gonotes runs on Unix only (Linux, macOS, the BSDs)"`) || strings.Contains(string(out), "undefined") {
		t.Errorf("the build for Windows does not fail with the one message:\n%s", out)
	}
}
