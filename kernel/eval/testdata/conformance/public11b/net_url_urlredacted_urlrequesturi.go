package main

import (
	"fmt"
	"log"
	"net/url"
)

func main() {
	// ExampleURL_Redacted
	{
		u := &url.URL{
			Scheme: "https",
			User:   url.UserPassword("user", "password"),
			Host:   "example.com",
			Path:   "foo/bar",
		}
		fmt.Println(u.Redacted())
		u.User = url.UserPassword("me", "newerPassword")
		fmt.Println(u.Redacted())
	}

	// ExampleURL_RequestURI
	{
		u, err := url.Parse("https://example.org/path?foo=bar")
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(u.RequestURI())
	}
}
