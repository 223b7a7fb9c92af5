package main

import (
	"encoding/hex"
	"fmt"
	"log"
)

func main() {
	// ExampleEncode
	{
		src := []byte("Hello Gopher!")

		dst := make([]byte, hex.EncodedLen(len(src)))
		hex.Encode(dst, src)

		fmt.Printf("%s\n", dst)

	}

	// ExampleDecode
	{
		src := []byte("48656c6c6f20476f7068657221")

		dst := make([]byte, hex.DecodedLen(len(src)))
		n, err := hex.Decode(dst, src)
		if err != nil {
			log.Fatal(err)
		}

		fmt.Printf("%s\n", dst[:n])

	}

	// ExampleDecodeString
	{
		const s = "48656c6c6f20476f7068657221"
		decoded, err := hex.DecodeString(s)
		if err != nil {
			log.Fatal(err)
		}

		fmt.Printf("%s\n", decoded)

	}

	// ExampleDump
	{
		content := []byte("Go is an open source programming language.")

		fmt.Printf("%s", hex.Dump(content))

	}
}
