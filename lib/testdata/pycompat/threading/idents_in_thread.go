package main

import (
	"fmt"
	"slices"

	"github.com/gonotes/gonotes/lib/threading"
)

var info = map[string]bool{}

func w() {
	me := threading.CurrentThread()
	info["same_ident"] = me.Ident() == threading.GetIdent()
	info["same_native"] = me.NativeID() == threading.GetNativeID()
	info["not_main"] = me != threading.MainThread()
	info["main_ident_differs"] = threading.MainThread().Ident() != threading.GetIdent()
	info["in_enumerate"] = slices.Contains(threading.Enumerate(), me)
}

func main() {
	t := &threading.Thread{Target: w}
	fmt.Println(pyNone(t.Ident()), pyNone(t.NativeID()), pyBool(t.IsAlive()))
	t.Start()
	t.Join()
	fmt.Print("[")
	for i, k := range []string{"in_enumerate", "main_ident_differs", "not_main", "same_ident", "same_native"} {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Printf("('%s', %s)", k, pyBool(info[k]))
	}
	fmt.Println("]")
	fmt.Println(pyBool(t.Ident() != 0), pyBool(t.NativeID() != 0), pyBool(slices.Contains(threading.Enumerate(), t)))
}

func pyNone(id int64) string {
	if id == 0 {
		return "None"
	}
	return fmt.Sprint(id)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
