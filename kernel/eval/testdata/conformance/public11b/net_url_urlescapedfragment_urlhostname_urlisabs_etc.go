package main

import (
	"fmt"
	"log"
	"net/url"
)

func main() {
	// ExampleURL_EscapedFragment
	{
		u, err := url.Parse("http://example.com/#x/y%2Fz")
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("Fragment:", u.Fragment)
		fmt.Println("RawFragment:", u.RawFragment)
		fmt.Println("EscapedFragment:", u.EscapedFragment())
	}

	// ExampleURL_Hostname
	{
		u, err := url.Parse("https://example.org:8000/path")
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(u.Hostname())
		u, err = url.Parse("https://[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:17000")
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(u.Hostname())
	}

	// ExampleURL_IsAbs
	{
		u := url.URL{Host: "example.com", Path: "foo"}
		fmt.Println(u.IsAbs())
		u.Scheme = "http"
		fmt.Println(u.IsAbs())
	}

	// ExampleURL_JoinPath
	{
		u, err := url.Parse("https://example.com/foo/bar")
		if err != nil {
			log.Fatal(err)
		}

		fmt.Println(u.JoinPath("baz", "qux"))

	}

	// ExampleURL_MarshalBinary
	{
		u, _ := url.Parse("https://example.org")
		b, err := u.MarshalBinary()
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s\n", b)
	}
}
