package main

import "fmt"

func main() {
	for i, r := range "aé世\xffz" {
		fmt.Printf("%d:%q(%d) ", i, r, r)
	}
	fmt.Println()
	count := 0
	for range "héllo" {
		count++
	}
	fmt.Println(count)
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
}
