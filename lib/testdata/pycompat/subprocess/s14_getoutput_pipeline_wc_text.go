package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.GetOutput(`printf 'a b c\nd e\n' | wc -w`)
	fmt.Println(strings.TrimSpace(out))
	status, out, _ := subprocess.GetStatusOutput("ls /definitely/not/here")
	py := map[bool]string{true: "True", false: "False"}
	fmt.Println(py[status != 0], py[strings.Contains(out, "No such file")])
	status, out, _ = subprocess.GetStatusOutput("echo ' padded '")
	fmt.Printf("(%d, '%s')\n", status, out)
}
