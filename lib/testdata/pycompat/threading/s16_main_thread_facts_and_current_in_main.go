package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func main() {
	m := threading.MainThread()
	fmt.Println(m.GetName(), py(m.IsAlive()), py(m.IsDaemon()), py(m == threading.CurrentThread()))
	kind := strings.TrimPrefix(strings.SplitN(m.String(), "(", 2)[0], "<")
	fmt.Println(kind, py(m.Ident() == threading.GetIdent()), py(m.NativeID() == threading.GetNativeID()))
	try(m.Join)
	try(m.Start)
}
