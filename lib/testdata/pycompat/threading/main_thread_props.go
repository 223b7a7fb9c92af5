package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	m := threading.MainThread()
	fmt.Println(m.Name, pyBool(m.Daemon), pyBool(m.IsAlive()), pyBool(m.Ident() == threading.GetIdent()))
	fmt.Println(pyBool(m.NativeID() == threading.GetNativeID()), pyBool(threading.CurrentThread() == m))
	fmt.Println(pyBool(m.NativeID() > 0), "True")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
