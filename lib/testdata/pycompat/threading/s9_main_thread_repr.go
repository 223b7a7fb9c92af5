package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	m := threading.MainThread()
	fmt.Println(regexp.MustCompile(`\d+`).ReplaceAllString(m.String(), "N"))
	fmt.Println(m.GetName(), pyBool(m.IsDaemon()), pyBool(m.IsAlive()))
	fmt.Println(pyBool(m.Ident() == threading.GetIdent()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
