package main

import (
	"fmt"
	"log"
	"net/url"
)

func main() {
	// ExampleURL_Parse
	{
		u, err := url.Parse("https://example.org")
		if err != nil {
			log.Fatal(err)
		}
		rel, err := u.Parse("/foo")
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(rel)
		_, err = u.Parse(":foo")
		if _, ok := err.(*url.Error); !ok {
			log.Fatal(err)
		}
	}

	// ExampleURL_Port
	{
		u, err := url.Parse("https://example.org")
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(u.Port())
		u, err = url.Parse("https://example.org:8080")
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(u.Port())
	}

	// ExampleURL_Query
	{
		u, err := url.Parse("https://example.org/?a=1&a=2&b=&=3&&&&")
		if err != nil {
			log.Fatal(err)
		}
		q := u.Query()
		fmt.Println(q["a"])
		fmt.Println(q.Get("b"))
		fmt.Println(q.Get(""))
	}

	// ExampleURL_String
	{
		u := &url.URL{
			Scheme:   "https",
			User:     url.UserPassword("me", "pass"),
			Host:     "example.com",
			Path:     "foo/bar",
			RawQuery: "x=1&y=2",
			Fragment: "anchor",
		}
		fmt.Println(u.String())
		u.Opaque = "opaque"
		fmt.Println(u.String())
	}

	// ExampleURL_UnmarshalBinary
	{
		u := &url.URL{}
		err := u.UnmarshalBinary([]byte("https://example.org/foo"))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s\n", u)
	}
}
