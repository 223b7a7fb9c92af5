package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

//go:embed roundtrip.py
var roundtripPy []byte

// benchPythonClient measures a trivial cell's round trip as a Python
// Jupyter client (jupyter_client) sees it, for gonotes, ipykernel and — when
// GOPHERNOTES names its binary — gophernotes, in alternating rounds of one
// run, and prints the rows with ratios to ipykernel.
func benchPythonClient(trips int) error {
	dir, err := os.MkdirTemp("", "gonotes-bench-py-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "roundtrip.py")
	if err := os.WriteFile(script, roundtripPy, 0o644); err != nil {
		return err
	}
	bin, err := filepath.Abs(gonotesBin)
	if err != nil {
		return err
	}
	type kern struct{ name, argv string }
	argv := func(a ...string) string { b, _ := json.Marshal(a); return string(b) }
	ks := []kern{
		{"gonotes", argv(bin, "kernel", "{connection_file}")},
		{"ipykernel", argv(python, "-Xfrozen_modules=off", "-m", "ipykernel_launcher", "-f", "{connection_file}")},
	}
	if g := os.Getenv("GOPHERNOTES"); g != "" {
		ks = append(ks, kern{"gophernotes", argv(g, "{connection_file}")})
	}
	args := []string{script, strconv.Itoa(trips)}
	for _, k := range ks {
		args = append(args, k.name+"="+k.argv)
	}
	cmd := exec.Command(python, args...)
	cmd.Env = append(os.Environ(), "PYDEVD_DISABLE_FILE_VALIDATION=1")
	out, err := cmd.Output()
	if err != nil {
		var stderr string
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		return fmt.Errorf("python client: %w\n%s", err, stderr)
	}
	med := map[string][2]float64{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return fmt.Errorf("python client: bad line %q", line)
		}
		m, _ := strconv.ParseFloat(f[1], 64)
		p, _ := strconv.ParseFloat(f[2], 64)
		med[f[0]] = [2]float64{m, p}
	}
	fmt.Println("## Round trip seen by a Python client (jupyter_client, alternating rounds, one run)")
	fmt.Println()
	fmt.Println("| kernel | median | p99 | vs ipykernel (median) |")
	fmt.Println("|---|---|---|---|")
	ref := med["ipykernel"][0]
	for _, k := range ks {
		v := med[k.name]
		fmt.Printf("| %s | %.2f ms | %.2f ms | %.2f× |\n", k.name, v[0], v[1], v[0]/ref)
	}
	if os.Getenv("GOPHERNOTES") == "" {
		fmt.Println("\n(gophernotes: set GOPHERNOTES to its binary to add its row)")
	}
	fmt.Println()
	return nil
}
