package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "exit 300"})
	fmt.Println(r.Returncode)
	r, _ = subprocess.Run([]string{"sh", "-c", "kill -9 $$"})
	fmt.Println(r.Returncode)
	code, out, _ := subprocess.GetStatusOutput("kill -9 $$")
	fmt.Printf("(%d, '%s')\n", code, out)
	code, out, _ = subprocess.GetStatusOutput("echo x; exit 256")
	fmt.Printf("(%d, '%s')\n", code, out)
	c, _ := subprocess.Call([]string{"sh", "-c", "kill -15 $$"})
	fmt.Println(c)
}
