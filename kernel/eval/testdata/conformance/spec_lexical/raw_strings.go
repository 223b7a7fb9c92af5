package main

import "fmt"

func main() {
	raw := `a\nb	"quoted"
second line`
	fmt.Println(len(raw))
	fmt.Println(raw)
	crlf := "x\r\ny"
	fmt.Printf("%q\n", crlf)
	// Carriage returns inside raw string literals are discarded; none here.
	fmt.Printf("%q\n", `\u00e9\x41`)
	fmt.Println(`` == "")
}
