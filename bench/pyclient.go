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
	type fig struct{ med, p99, clientCPU, kernelCPU, leanMed, leanCPU float64 }
	figs := map[string]fig{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return fmt.Errorf("python client: bad line %q", line)
		}
		var v [6]float64
		for i := range v {
			if v[i], err = strconv.ParseFloat(f[i+1], 64); err != nil {
				return fmt.Errorf("python client: bad line %q: %w", line, err)
			}
		}
		figs[f[0]] = fig{v[0], v[1], v[2], v[3], v[4], v[5]}
	}
	fmt.Println("## Round trip seen by a Python client (jupyter_client, alternating rounds, one run)")
	fmt.Println()
	fmt.Println("| kernel | median | p99 | vs ipykernel (median) | client CPU per trip (median) | kernel CPU per trip | median − client CPU | vs ipykernel, client CPU subtracted |")
	fmt.Println("|---|---|---|---|---|---|---|---|")
	ref := figs["ipykernel"]
	for _, k := range ks {
		v := figs[k.name]
		kcpu := "n/a"
		if v.kernelCPU >= 0 {
			kcpu = fmt.Sprintf("%.2f ms", v.kernelCPU)
		}
		fmt.Printf("| %s | %.2f ms | %.2f ms | %.2f× | %.2f ms | %s | %.2f ms | %.2f× |\n", k.name, v.med, v.p99, v.med/ref.med,
			v.clientCPU, kcpu, v.med-v.clientCPU, (v.med-v.clientCPU)/(ref.med-ref.clientCPU))
	}
	// The client's CPU is on every round trip's critical path: a kernel
	// that took no time at all would still be measured at about the
	// least of it.
	floor := figs["gonotes"].clientCPU
	for _, v := range figs {
		floor = min(floor, v.clientCPU)
	}
	fmt.Printf("\nFloor: a kernel answering in no time would still measure ≈ %.2f ms here (the client's own CPU per trip), %.2f× of ipykernel's median.\n",
		floor, floor/ref.med)
	fmt.Println()
	fmt.Println("Lean client (pyzmq, HMAC checked, only the JSON it needs parsed; same kernels, alternating rounds):")
	fmt.Println()
	fmt.Println("| kernel | median | vs ipykernel | client CPU per trip (median) |")
	fmt.Println("|---|---|---|---|")
	for _, k := range ks {
		v := figs[k.name]
		fmt.Printf("| %s | %.2f ms | %.2f× | %.2f ms |\n", k.name, v.leanMed, v.leanMed/ref.leanMed, v.leanCPU)
	}
	if os.Getenv("GOPHERNOTES") == "" {
		fmt.Println("\n(gophernotes: set GOPHERNOTES to its binary to add its row)")
	}
	fmt.Println()
	return nil
}
