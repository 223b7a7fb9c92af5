package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	d, _ := os.MkdirTemp("", "s10")
	for _, name := range []string{"a.txt", "b.txt", "c.log"} {
		os.WriteFile(filepath.Join(d, name), nil, 0o644)
	}
	r, _ := subprocess.Run([]string{"ls *.txt | sort; echo $((6 * 7)); echo hi > out.txt; cat out.txt; exit 3"}, subprocess.Options{Shell: true, Cwd: d, CaptureOutput: true, Text: true})
	fmt.Println("['"+strings.Join(strings.Fields(string(r.Stdout)), "', '")+"']", r.Returncode)
	r, _ = subprocess.Run([]string{`for f in *.log; do echo "[$f]"; done`}, subprocess.Options{Shell: true, Cwd: d, CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
	r, _ = subprocess.Run([]string{"sh", "-c", `echo "$0|$1|$2"`, "zero", "one", "two words"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
	subprocess.Run([]string{"rm", "-r", d})
}
