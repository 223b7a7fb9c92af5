package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	// ExampleTrimSpace
	fmt.Printf("%s", bytes.TrimSpace([]byte(" \t\n a lone gopher \n\t\r\n")))

	// ExampleTrimSuffix
	var b = []byte("Hello, goodbye, etc!")
	b = bytes.TrimSuffix(b, []byte("goodbye, etc!"))
	b = bytes.TrimSuffix(b, []byte("gopher"))
	b = append(b, bytes.TrimSuffix([]byte("world!"), []byte("x!"))...)
	fmt.Printf("%s", b)

	// ExampleTrimRight
	fmt.Print(string(bytes.TrimRight([]byte("453gopher8257"), "0123456789")))

	// ExampleTrimRightFunc
	fmt.Println(string(bytes.TrimRightFunc([]byte("go-gopher"), unicode.IsLetter)))
	fmt.Println(string(bytes.TrimRightFunc([]byte("go-gopher!"), unicode.IsPunct)))
	fmt.Println(string(bytes.TrimRightFunc([]byte("1234go-gopher!567"), unicode.IsNumber)))

	// ExampleToLower
	fmt.Printf("%s", bytes.ToLower([]byte("Gopher")))

	// ExampleToLowerSpecial
	str := []byte("AHOJ VÝVOJÁRİ GOLANG")
	totitle := bytes.ToLowerSpecial(unicode.AzeriCase, str)
	fmt.Println("Original : " + string(str))
	fmt.Println("ToLower : " + string(totitle))
}
