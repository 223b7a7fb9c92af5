package main

import "fmt"

func main() {
	αβ := 1
	ThisVariableIsExported := 2
	_x9 := 3
	日本 := "jp"
	var _ = 10
	fmt.Println(αβ, ThisVariableIsExported, _x9, 日本)
}
