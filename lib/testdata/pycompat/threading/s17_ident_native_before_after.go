package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var ev threading.Event
	t := &threading.Thread{Target: ev.Wait}
	none := func(v int64) string {
		if v == 0 {
			return "None"
		}
		return fmt.Sprint(v)
	}
	fmt.Println(none(t.Ident()), none(t.NativeID()))
	t.Start()
	fmt.Println("int", "int", pyBool(t.Ident() != threading.GetIdent()))
	ev.Set()
	t.Join()
	fmt.Println(pyBool(t.Ident() != 0), pyBool(t.NativeID() != 0))
	fmt.Println(pyBool(threading.MainThread().Ident() == threading.GetIdent()))
	fmt.Println(pyBool(threading.MainThread().NativeID() == threading.GetNativeID()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
