package main

import (
	"bytes"
	"fmt"
)

func main() {
	// ExampleBuffer_Len
	{
		var b bytes.Buffer
		b.Grow(64)
		b.Write([]byte("abcde"))
		fmt.Printf("%d", b.Len())
	}

	// ExampleBuffer_Next
	{
		var b bytes.Buffer
		b.Grow(64)
		b.Write([]byte("abcde"))
		fmt.Printf("%s\n", b.Next(2))
		fmt.Printf("%s\n", b.Next(2))
		fmt.Printf("%s", b.Next(2))
	}

	// ExampleBuffer_Read
	{
		var b bytes.Buffer
		b.Grow(64)
		b.Write([]byte("abcde"))
		rdbuf := make([]byte, 1)
		n, err := b.Read(rdbuf)
		if err != nil {
			panic(err)
		}
		fmt.Println(n)
		fmt.Println(b.String())
		fmt.Println(string(rdbuf))
	}

	// ExampleBuffer_ReadByte
	{
		var b bytes.Buffer
		b.Grow(64)
		b.Write([]byte("abcde"))
		c, err := b.ReadByte()
		if err != nil {
			panic(err)
		}
		fmt.Println(c)
		fmt.Println(b.String())
	}

	// ExampleClone
	{
		b := []byte("abc")
		clone := bytes.Clone(b)
		fmt.Printf("%s\n", clone)
		clone[0] = 'd'
		fmt.Printf("%s\n", b)
		fmt.Printf("%s\n", clone)
	}

	// ExampleContains
	{
		fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")))
		fmt.Println(bytes.Contains([]byte("seafood"), []byte("bar")))
		fmt.Println(bytes.Contains([]byte("seafood"), []byte("")))
		fmt.Println(bytes.Contains([]byte(""), []byte("")))
	}
}
