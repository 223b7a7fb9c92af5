package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	// ExampleEncoding_EncodeToString
	{
		data := []byte("any + old & data")
		str := base64.StdEncoding.EncodeToString(data)
		fmt.Println(str)
	}

	// ExampleEncoding_Encode
	{
		data := []byte("Hello, world!")
		dst := make([]byte, base64.StdEncoding.EncodedLen(len(data)))
		base64.StdEncoding.Encode(dst, data)
		fmt.Println(string(dst))
	}
}
