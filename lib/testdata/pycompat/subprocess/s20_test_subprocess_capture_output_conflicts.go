// After CPython's Lib/test/test_subprocess.py RunFuncTestCase
// (test_capture_output, test_stdout_with_capture_output_arg,
// test_stderr_with_capture_output_arg, test_check_output_stdout_arg).
package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func rep(b []byte) string { return "b'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'" }

func main() {
	cp, _ := subprocess.Run([]string{"sh", "-c", "echo BDFL; echo FLUFL >&2"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(rep(cp.Stdout), rep(cp.Stderr))
	for _, o := range []subprocess.Options{{Stdout: subprocess.PIPE}, {Stderr: subprocess.PIPE}, {Stdout: subprocess.DEVNULL}} {
		o.CaptureOutput = true
		if _, err := subprocess.Run([]string{"true"}, o); err != nil {
			fmt.Println(err)
		}
	}
	if _, err := subprocess.CheckOutput([]string{"true"}, subprocess.Options{Stdout: subprocess.PIPE}); err != nil {
		fmt.Println(err)
	}
}
