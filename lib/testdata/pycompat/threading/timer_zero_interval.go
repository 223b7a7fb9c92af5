package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var out []any
	t := threading.NewTimer(0, func() { out = append(out, "zero") })
	t.Start()
	t.Join()
	u := threading.NewTimer(1000000, func() { out = append(out, 1+2) })
	u.Start()
	u.Join()
	fmt.Printf("['%v', %v]\n", out[0], out[1])
}
