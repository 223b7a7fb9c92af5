package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	t := threading.NewTimer(-time.Second, func() { fmt.Println("fired at once") })
	t.Start()
	t.Join()
	fmt.Println(pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
