package main

import (
	"encoding/base32"
	"fmt"
)

func main() {
	// ExampleEncoding_EncodeToString
	{
		data := []byte("any + old & data")
		str := base32.StdEncoding.EncodeToString(data)
		fmt.Println(str)
	}

	// ExampleEncoding_Encode
	{
		data := []byte("Hello, world!")
		dst := make([]byte, base32.StdEncoding.EncodedLen(len(data)))
		base32.StdEncoding.Encode(dst, data)
		fmt.Println(string(dst))
	}
}
