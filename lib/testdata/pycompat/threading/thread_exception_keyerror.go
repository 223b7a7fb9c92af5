package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func lookup() {
	panic("KeyError: 'missing'")
}

func ok() {
	fmt.Println("ok thread ran")
}

func main() {
	t := &threading.Thread{Target: lookup, Name: "looker"}
	t.Start()
	t.Join()
	u := &threading.Thread{Target: ok}
	u.Start()
	u.Join()
	fmt.Println(pyBool(t.IsAlive()), pyBool(u.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
