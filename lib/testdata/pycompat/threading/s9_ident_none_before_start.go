package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func none(id int64) string {
	if id == 0 {
		return "None"
	}
	return fmt.Sprint(id)
}

func main() {
	t := &threading.Thread{Target: func() {}}
	fmt.Println(none(t.Ident()), none(t.NativeID()), pyBool(t.IsAlive()))
	t.Start()
	t.Join()
	fmt.Println(pyBool(t.Ident() != 0), pyBool(t.NativeID() != 0))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
