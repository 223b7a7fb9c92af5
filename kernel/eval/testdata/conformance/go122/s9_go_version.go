package main

import (
	"fmt"
	"go/version"
)

func main() {
	for _, v := range []string{"go1.21", "go1.21.0", "go1.22rc1", "go1.26.1", "1.21", "go2", "bad"} {
		fmt.Printf("%-10s valid=%v lang=%q\n", v, version.IsValid(v), version.Lang(v))
	}
	fmt.Println(version.Compare("go1.21", "go1.21.0"), version.Compare("go1.22rc1", "go1.22.0"), version.Compare("go1.9", "go1.10"))
	fmt.Println(version.Compare("go1.26", "go1.21") > 0)
}
