package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	argsWithProg := os.Args
	argsWithoutProg := os.Args[1:]
	fmt.Println(len(argsWithProg) >= 1)
	fmt.Println(argsWithoutProg, len(argsWithoutProg))
	if len(os.Args) > 3 {
		fmt.Println(os.Args[3])
	} else {
		fmt.Println("usage:", "prog a b c")
	}
	name := filepath.Base(os.Args[0])
	fmt.Println(name != "")
}
