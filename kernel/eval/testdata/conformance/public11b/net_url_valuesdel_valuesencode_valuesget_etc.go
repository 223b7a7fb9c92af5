package main

import (
	"fmt"
	"net/url"
)

func main() {
	// ExampleValues_Del
	{
		v := url.Values{}
		v.Add("cat sounds", "meow")
		v.Add("cat sounds", "mew")
		v.Add("cat sounds", "mau")
		fmt.Println(v["cat sounds"])

		v.Del("cat sounds")
		fmt.Println(v["cat sounds"])

	}

	// ExampleValues_Encode
	{
		v := url.Values{}
		v.Add("cat sounds", "meow")
		v.Add("cat sounds", "mew/")
		v.Add("cat sounds", "mau$")
		fmt.Println(v.Encode())

	}

	// ExampleValues_Get
	{
		v := url.Values{}
		v.Add("cat sounds", "meow")
		v.Add("cat sounds", "mew")
		v.Add("cat sounds", "mau")
		fmt.Printf("%q\n", v.Get("cat sounds"))
		fmt.Printf("%q\n", v.Get("dog sounds"))

	}

	// ExampleValues_Has
	{
		v := url.Values{}
		v.Add("cat sounds", "meow")
		v.Add("cat sounds", "mew")
		v.Add("cat sounds", "mau")
		fmt.Println(v.Has("cat sounds"))
		fmt.Println(v.Has("dog sounds"))

	}

	// ExampleValues_Set
	{
		v := url.Values{}
		v.Add("cat sounds", "meow")
		v.Add("cat sounds", "mew")
		v.Add("cat sounds", "mau")
		fmt.Println(v["cat sounds"])

		v.Set("cat sounds", "meow")
		fmt.Println(v["cat sounds"])

	}
}
