package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}

func main() {
	out, _ := subprocess.CheckOutput([]string{"sh", "-c", "echo a; echo b >&2; echo c"}, subprocess.Options{Stderr: subprocess.STDOUT, Text: true})
	fmt.Println(pyStr(string(out)))
	_, err := subprocess.CheckOutput([]string{"sh", "-c", "echo partial; exit 9"}, subprocess.Options{Text: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		errs := "None"
		if e.Stderr != nil {
			errs = string(e.Stderr)
		}
		fmt.Println(e.Returncode, pyStr(string(e.Output)), pyStr(string(e.Output)), errs)
	}
	out, _ = subprocess.CheckOutput([]string{"printf", `x\r\ny\rz\n`}, subprocess.Options{Text: true})
	var q []string
	for _, l := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		q = append(q, pyStr(l))
	}
	fmt.Println("[" + strings.Join(q, ", ") + "]")
}
