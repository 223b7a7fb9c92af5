package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "exit 3"})
	fmt.Println(r.Returncode, pyBytes(r.Stdout), pyBytes(r.Stderr))
	_, err := subprocess.Run([]string{"sh", "-c", "echo partial; echo oops >&2; exit 4"}, subprocess.Options{Check: true, CaptureOutput: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(e.Returncode, "['"+strings.Join(e.Cmd, "', '")+"']", pyBytes(e.Output), pyBytes(e.Output), pyBytes(e.Stderr))
	}
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
