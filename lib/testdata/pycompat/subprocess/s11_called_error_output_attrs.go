package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	var e *subprocess.CalledProcessError
	_, err := subprocess.CheckOutput([]string{"sh", "-c", "echo partial; exit 4"})
	if errors.As(err, &e) {
		fmt.Println(e.Returncode, pyBytes(e.Output), pyBytes(e.Output), pyBytes(e.Stderr))
		fmt.Println(e)
	}
	err = subprocess.CheckCall([]string{"sh", "-c", "exit 5"})
	if errors.As(err, &e) {
		fmt.Println(e.Returncode, pyBytes(e.Output), "['"+strings.Join(e.Cmd, "', '")+"']")
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
