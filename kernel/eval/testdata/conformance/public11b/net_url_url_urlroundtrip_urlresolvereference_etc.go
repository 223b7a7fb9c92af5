package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/url"
	"strings"
)

func toJSON(m any) string {
	js, err := json.Marshal(m)
	if err != nil {
		log.Fatal(err)
	}
	return strings.ReplaceAll(string(js), ",", ", ")
}

func main() {
	// ExampleURL
	{
		u, err := url.Parse("http://bing.com/search?q=dotnet")
		if err != nil {
			log.Fatal(err)
		}
		u.Scheme = "https"
		u.Host = "google.com"
		q := u.Query()
		q.Set("q", "golang")
		u.RawQuery = q.Encode()
		fmt.Println(u)
	}

	// ExampleURL_roundtrip
	{
		// Parse + String preserve the original encoding.
		u, err := url.Parse("https://example.com/foo%2fbar")
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(u.Path)
		fmt.Println(u.RawPath)
		fmt.Println(u.String())
	}

	// ExampleURL_ResolveReference
	{
		u, err := url.Parse("../../..//search?q=dotnet")
		if err != nil {
			log.Fatal(err)
		}
		base, err := url.Parse("http://example.com/directory/")
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(base.ResolveReference(u))
	}

	// ExampleParseQuery
	{
		m, err := url.ParseQuery(`x=1&y=2&y=3`)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(toJSON(m))
	}

	// ExampleURL_EscapedPath
	{
		u, err := url.Parse("http://example.com/x/y%2Fz")
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("Path:", u.Path)
		fmt.Println("RawPath:", u.RawPath)
		fmt.Println("EscapedPath:", u.EscapedPath())
	}
}
