package main

import (
	"fmt"
	"log"
	"net/url"
)

func main() {
	// ExamplePathEscape
	{
		path := url.PathEscape("my/cool+blog&about,stuff")
		fmt.Println(path)

	}

	// ExamplePathUnescape
	{
		escapedPath := "my%2Fcool+blog&about%2Cstuff"
		path, err := url.PathUnescape(escapedPath)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(path)

	}

	// ExampleQueryEscape
	{
		query := url.QueryEscape("my/cool+blog&about,stuff")
		fmt.Println(query)

	}

	// ExampleQueryUnescape
	{
		escapedQuery := "my%2Fcool%2Bblog%26about%2Cstuff"
		query, err := url.QueryUnescape(escapedQuery)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(query)

	}

	// ExampleValues
	{
		v := url.Values{}
		v.Set("name", "Ava")
		v.Add("friend", "Jess")
		v.Add("friend", "Sarah")
		v.Add("friend", "Zoe")
		fmt.Println(v.Encode())
		fmt.Println(v.Get("name"))
		fmt.Println(v.Get("friend"))
		fmt.Println(v["friend"])
	}

	// ExampleValues_Add
	{
		v := url.Values{}
		v.Add("cat sounds", "meow")
		v.Add("cat sounds", "mew")
		v.Add("cat sounds", "mau")
		fmt.Println(v["cat sounds"])

	}
}
