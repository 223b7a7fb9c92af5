package main

import "fmt"

func main() {
	s := "a\xffé\xe2\x82z"
	for i, r := range s {
		fmt.Printf("%d %U %q\n", i, r, r)
	}
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println(count)
}
