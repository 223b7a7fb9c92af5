package main

import (
	"fmt"
	"net"
	"net/url"
)

func main() {
	s := "postgres://user:pass@host.com:5432/path?k=v#f"
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme)
	fmt.Println(u.User)
	fmt.Println(u.User.Username())
	p, _ := u.User.Password()
	fmt.Println(p)
	fmt.Println(u.Host)
	host, port, _ := net.SplitHostPort(u.Host)
	fmt.Println(host, port, u.Hostname(), u.Port())
	fmt.Println(u.Path, u.Fragment, u.RawQuery)
	m, _ := url.ParseQuery(u.RawQuery)
	fmt.Println(m, m["k"][0])
	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah & Zoe")
	fmt.Println(v.Encode(), v.Get("friend"), v.Has("x"))
	b := &url.URL{Scheme: "https", Host: "example.com", Path: "/a b/c", RawQuery: v.Encode()}
	fmt.Println(b.String(), b.EscapedPath())
	ref, _ := url.Parse("../d?x=1")
	fmt.Println(b.ResolveReference(ref))
	fmt.Println(url.QueryEscape("a b&c=d/é"), url.PathEscape("a b/c"))
	un, err := url.QueryUnescape("a%20b%zz")
	fmt.Printf("%q %v\n", un, err)
	_, err = url.Parse("http://[::1")
	fmt.Println(err)
	j, _ := url.JoinPath("https://x.org/api/", "v1", "../v2", "items")
	fmt.Println(j, u.Redacted(), u.IsAbs())
}
