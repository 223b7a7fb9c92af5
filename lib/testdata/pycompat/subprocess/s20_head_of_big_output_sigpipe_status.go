package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func b(x []byte) string { return "b'" + strings.ReplaceAll(string(x), "\n", `\n`) + "'" }

func main() {
	out, _ := subprocess.CheckOutput([]string{"seq 1 100000 | head -n 3"}, subprocess.Options{Shell: true, Text: true})
	fmt.Println("['" + strings.Join(strings.Fields(string(out)), "', '") + "']")
	r, _ := subprocess.Run([]string{"sh", "-c", "seq 1 100000 | head -n 1; echo ${PIPESTATUS:-sh}"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(strings.Fields(string(r.Stdout))[0], r.Returncode)
	r, _ = subprocess.Run([]string{"seq", "1", "20000"}, subprocess.Options{CaptureOutput: true})
	big := r.Stdout
	fmt.Println(len(big), b(big[:10]), b(big[len(big)-6:]))
}
