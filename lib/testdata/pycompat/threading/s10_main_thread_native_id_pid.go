package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	m := threading.MainThread()
	fmt.Println(pyBool(m == threading.CurrentThread()), m.GetName())
	fmt.Println(pyBool(m.NativeID() == threading.GetNativeID()))
	fmt.Println(pyBool(m.Ident() == threading.GetIdent()))
	fmt.Println(pyBool(m.IsDaemon()), pyBool(m.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
