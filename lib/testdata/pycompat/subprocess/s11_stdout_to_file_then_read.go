package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	d, _ := os.MkdirTemp("", "s11out")
	defer os.RemoveAll(d)
	path := d + "/out.txt"
	f, _ := os.Create(path)
	r, _ := subprocess.Run([]string{"sh", "-c", "echo line1; echo line2; echo err >&2"}, subprocess.Options{StdoutTo: f, Stderr: subprocess.DEVNULL})
	f.Close()
	fmt.Println(r.Returncode, pyBytes(r.Stdout))
	data, _ := os.ReadFile(path)
	var w []string
	for _, x := range strings.Fields(string(data)) {
		w = append(w, pyStr(x))
	}
	fmt.Println(pyStrs(w))
	in, _ := os.Open(path)
	r, _ = subprocess.Run([]string{"wc", "-l"}, subprocess.Options{StdinFrom: in, CaptureOutput: true, Text: true})
	in.Close()
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b" + pyStr(string(b))
}

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}
