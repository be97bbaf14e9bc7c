//go:build !windows

package link

func path(dataPath string) (string, error) {
	p := unixPath(dataPath)
	if len(p) > maxPath {
		return "", ErrPathTooLong
	}
	return p, nil
}
