package main

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
)

type Filter struct {
	Tags  []string
	Page  int
	Query string
}

func (f Filter) Values() url.Values {
	v := url.Values{}
	for _, t := range f.Tags {
		v.Add("tag", t)
	}
	if f.Page > 1 {
		v.Set("page", strconv.Itoa(f.Page))
	}
	if f.Query != "" {
		v.Set("q", f.Query)
	}
	return v
}

func ParseFilter(raw string) (Filter, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return Filter{}, fmt.Errorf("filter: %w", err)
	}
	q := u.Query()
	f := Filter{Tags: q["tag"], Query: q.Get("q"), Page: 1}
	if p := q.Get("page"); p != "" {
		if f.Page, err = strconv.Atoi(p); err != nil {
			return Filter{}, fmt.Errorf("filter page: %w", err)
		}
	}
	return f, nil
}

func main() {
	base, _ := url.Parse("https://example.com/search?old=1#frag")
	f := Filter{[]string{"go", "c++"}, 3, "hello world & more"}
	u := *base
	u.RawQuery = f.Values().Encode()
	u.Fragment = ""
	fmt.Println(u.String())
	back, err := ParseFilter(u.String())
	fmt.Printf("%+v %v\n", back, err)
	_, err = ParseFilter("http://x/?page=two")
	var ne *strconv.NumError
	fmt.Println(err, errors.As(err, &ne))
	_, err = ParseFilter("http://[::1")
	var ue *url.Error
	fmt.Println(errors.As(err, &ue), ue.Op)
	ref, _ := url.Parse("../other/page?x=1")
	fmt.Println(base.ResolveReference(ref), base.JoinPath("a b", "c").String())
	u2, _ := url.Parse("postgres://user:p%40ss@db.local:5432/app?sslmode=disable")
	pw, _ := u2.User.Password()
	fmt.Println(u2.Scheme, u2.User.Username(), pw, u2.Hostname(), u2.Port(), u2.Path, u2.Redacted())
	fmt.Println(url.QueryEscape("a b/c?"), url.PathEscape("a b/c?"))
	s, err := url.QueryUnescape("%zz")
	fmt.Println(s, err)
	vals, _ := url.ParseQuery("b=2&a=1&a=3&c")
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, vals["a"], vals.Has("c"), vals.Encode())
}
